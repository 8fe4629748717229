/**
 * The sixteenth round (issue 14): event types and target kinds decided as the corpus guidelines define them
 * (test/fixtures/extract-corpus/README.md, "Which acts are incidents" and "`event_types` and `target_kinds`"), on
 * sentences written for these tests (invented people, real facilities), never taken from a corpus document.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractText } from './extract.ts';
import type { IncidentCandidate } from './extraction.types.ts';
import { referenceGazetteer } from './test-gazetteer.ts';

function incidents(text: string, published = '2025-05-07'): IncidentCandidate[] {
  const [item] = extractText(text, referenceGazetteer(), { published }).items;
  return item.candidates.filter((c): c is IncidentCandidate => c.kind === 'incident');
}
const sorted = (values: readonly string[] = []) => [...values].sort();

test("a vehicle the prison owns is the facility's, whatever was done to it; a staff member's car stays a staff vehicle", () => {
  const [burnt] = incidents(
    "Dans la nuit de lundi à mardi, deux voitures de la maison d'arrêt de Nîmes ont été incendiées sur le parking de l'établissement.",
  );
  assert.deepEqual(burnt.draft.event_types, ['vehicle_arson']);
  assert.deepEqual(burnt.draft.target_kinds, ['facility']);
  const [shot] = incidents(
    "Dans la nuit de lundi à mardi, un véhicule de service de la maison d'arrêt de Nîmes a été criblé de balles sur le parking.",
  );
  assert.deepEqual(shot.draft.target_kinds, ['facility']);
  const [english] = incidents(
    'Overnight on Monday, two vehicles belonging to Nîmes prison were set on fire in its car park.',
  );
  assert.deepEqual(english.draft.target_kinds, ['facility']);
  const [staff] = incidents(
    'Overnight on Monday, the personal car of a prison officer was set on fire in the car park of Nîmes prison.',
  );
  assert.deepEqual(staff.draft.target_kinds, ['staff_vehicle']);
});

test('shots at a prison transport away from a prison are its ambush, whatever the verb; the court it was bound for is no target', () => {
  const [french] = incidents(
    "Mardi vers 10 heures, à Uzès, des hommes armés ont ouvert le feu sur le fourgon qui conduisait un détenu de la maison d'arrêt de Nîmes au tribunal.",
  );
  assert.deepEqual(sorted(french.draft.event_types), ['gunfire', 'transport_ambush']);
  assert.deepEqual(sorted(french.draft.target_kinds), ['staff_person', 'transport']);
  const [english] = incidents('On Tuesday in Uzès, two men shot at the escort of an inmate from Nîmes prison.');
  assert.deepEqual(sorted(english.draft.event_types), ['gunfire', 'transport_ambush']);
  // Shots at one of the officers of a hospital escort hit the officer: an escape with shots, no ambush.
  const [hospital] = incidents(
    "Lundi soir, à l'hôpital d'Alès, un complice a tiré sur l'un des surveillants de son escorte et un détenu de la maison d'arrêt de Nîmes s'est évadé.",
  );
  assert.ok(!hospital.draft.event_types.includes('transport_ambush'));
});

test('an inmate who flees with his attackers escaped; attackers who flee alone did not', () => {
  const [french] = incidents(
    "Mardi, un fourgon pénitentiaire qui conduisait un détenu de la maison d'arrêt de Nîmes a été attaqué à Uzès par un commando armé. Le détenu s'est enfui avec le commando.",
  );
  assert.deepEqual(sorted(french.draft.event_types), ['escape', 'transport_ambush']);
  const [english] = incidents(
    'On Tuesday a prison van taking an inmate from Nîmes prison to hospital was ambushed in Uzès. The prisoner fled with the attackers.',
  );
  assert.deepEqual(sorted(english.draft.event_types), ['escape', 'transport_ambush']);
  const [alone] = incidents(
    'On Tuesday a prison van taking an inmate from Nîmes prison to hospital was ambushed in Uzès. The attackers fled.',
  );
  assert.deepEqual(alone.draft.event_types, ['transport_ambush']);
});

test('a flight told in an escape attempt is that attempt, not an escape of its own', () => {
  const [caught] = incidents(
    "Lundi, lors d'une consultation à l'hôpital d'Alès, un détenu de la maison d'arrêt de Nîmes a pris la fuite dans un couloir. Il a été rattrapé par les agents de son escorte cent mètres plus loin.",
  );
  assert.deepEqual(caught.draft.event_types, ['escape_attempt']);
});

test('a plain explosion beside a fire is the fire, not an explosive device', () => {
  const [fire] = incidents(
    "Dans la nuit de lundi à mardi, un incendie a été allumé contre la porte de la maison d'arrêt de Nîmes ; une explosion a été entendue par les riverains.",
  );
  assert.deepEqual(fire.draft.event_types, ['arson']);
  // A device named is an explosive whatever burns beside it.
  const [device] = incidents(
    "Dans la nuit de lundi à mardi, un incendie a été allumé contre la porte de la maison d'arrêt de Nîmes et un engin explosif a été posé devant le portail.",
  );
  assert.deepEqual(sorted(device.draft.event_types), ['arson', 'explosive']);
});

test('any vehicle set on fire is a vehicle fire, however many wheels it has', () => {
  const [twoWheels] = incidents(
    "Dans la nuit de lundi à mardi, le deux-roues d'un surveillant a été incendié sur le parking de la maison d'arrêt de Nîmes.",
  );
  assert.deepEqual(twoWheels.draft.event_types, ['vehicle_arson']);
  assert.deepEqual(twoWheels.draft.target_kinds, ['staff_vehicle']);
  const [lorry] = incidents(
    "Overnight on Monday, a guard's lorry was set alight outside his home in Vauvert; he works at Nîmes prison.",
  );
  assert.deepEqual(lorry.draft.event_types, ['vehicle_arson']);
});

test('staff identities or addresses published are doxxing, whatever the order of the words', () => {
  const [english] = incidents('On Wednesday an anonymous account posted the home address of a guard at Nîmes prison.');
  assert.deepEqual(english.draft.event_types, ['doxxing']);
  assert.deepEqual(english.draft.target_kinds, ['staff_person']);
  // A statement that names officers is no publishing of their identities.
  assert.deepEqual(
    incidents(
      "Mercredi, le syndicat a publié un communiqué citant les noms de deux surveillants de la maison d'arrêt de Nîmes.",
    ).flatMap((c) => c.draft.event_types),
    [],
  );
});

test("in an ambush of a prison transport, a car found burnt is the attackers', the van set on fire is the transport's", () => {
  const [getaway] = incidents(
    "Mardi, un fourgon pénitentiaire qui conduisait un détenu de la maison d'arrêt de Nîmes a été attaqué à Uzès par un commando armé. Une berline a été retrouvée en flammes une heure plus tard.",
  );
  assert.deepEqual(getaway.draft.event_types, ['transport_ambush']);
  assert.deepEqual(sorted(getaway.draft.target_kinds), ['staff_person', 'transport']);
  const [van] = incidents(
    "Mardi, un fourgon pénitentiaire qui conduisait un détenu de la maison d'arrêt de Nîmes a été attaqué à Uzès par un commando armé, qui a ensuite incendié le fourgon.",
  );
  assert.deepEqual(sorted(van.draft.event_types), ['transport_ambush', 'vehicle_arson']);
});

test('an assault on staff hits staff: a blow at an inmate is none, an assault in words is a threat', () => {
  assert.deepEqual(
    incidents(
      "Mardi, à la maison d'arrêt de Nîmes, un détenu a frappé un codétenu sous les yeux des surveillants.",
    ).flatMap((c) => c.draft.event_types),
    [],
  );
  const [french] = incidents(
    "Lundi, une surveillante de la maison d'arrêt de Nîmes a été agressée verbalement par un détenu.",
  );
  assert.deepEqual(french.draft.event_types, ['threat']);
  assert.deepEqual(french.draft.target_kinds, ['staff_person']);
  const [english] = incidents('On Monday an officer at Nîmes prison was verbally assaulted by an inmate.');
  assert.deepEqual(english.draft.event_types, ['threat']);
  // A blow at an officer stays an assault on staff.
  const [blow] = incidents("Lundi, un détenu de la maison d'arrêt de Nîmes a frappé un surveillant au visage.");
  assert.deepEqual(blow.draft.event_types, ['assault_on_staff']);
});

test('an explosive found inside a prison is also contraband found; a device under a car at a home aims at the car too', () => {
  const [grenade] = incidents(
    "Mardi, une grenade a été découverte lors de la fouille d'une cellule de la maison d'arrêt de Nîmes.",
  );
  assert.deepEqual(sorted(grenade.draft.event_types), ['contraband_found', 'explosive']);
  // Placed at the gate, not found inside: an explosive only.
  const [gate] = incidents(
    "Dans la nuit de lundi à mardi, une grenade a été déposée devant l'entrée de la maison d'arrêt de Nîmes.",
  );
  assert.deepEqual(gate.draft.event_types, ['explosive']);
  const [home] = incidents(
    "Dans la nuit de lundi à mardi, un engin explosif a été retrouvé sous la voiture d'un surveillant de la maison d'arrêt de Nîmes, devant son domicile à Vauvert.",
  );
  assert.deepEqual(sorted(home.draft.target_kinds), ['staff_home', 'staff_vehicle']);
});

test('running off is an escape when the one who runs is in custody, not throwers, visitors or attackers', () => {
  const [throwers] = incidents(
    "Dimanche soir, deux individus qui lançaient des colis aux détenus de la maison d'arrêt de Nîmes ont pris la fuite à l'arrivée des surveillants.",
  );
  assert.deepEqual(throwers.draft.event_types, ['projection']);
  const [youths] = incidents(
    'On Sunday night two youths throwing parcels to inmates over the wall of Nîmes prison fled when officers arrived.',
  );
  assert.deepEqual(youths.draft.event_types, ['projection']);
  const [visitor] = incidents(
    "Samedi, au parloir de la maison d'arrêt de Nîmes, une visiteuse a tenté de remettre de la résine à un détenu puis a pris la fuite.",
  );
  assert.ok(!visitor.draft.event_types.includes('escape'));
  const [inmate] = incidents(
    "Lundi, un détenu de la maison d'arrêt de Nîmes, âgé de trente ans, a pris la fuite lors d'une extraction médicale à l'hôpital d'Alès.",
  );
  assert.deepEqual(inmate.draft.event_types, ['escape']);
});

test('shots during a medical outing hit its officers, not a transport: no ambush', () => {
  const [outing] = incidents(
    "Lundi soir, lors d'une extraction médicale à l'hôpital d'Alès, un complice armé a tiré sur deux agents et un détenu de la maison d'arrêt de Nîmes s'est évadé.",
  );
  assert.ok(!outing.draft.event_types.includes('transport_ambush'));
  assert.ok(outing.draft.event_types.includes('gunfire'));
});
