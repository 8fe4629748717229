/**
 * French messages of the analyst's day (issue 17): the opening period, correcting an incident and its
 * history, refuting and merging, where on the site, the list's summary, sort and bulk actions, the
 * first visit, campaign states that follow the verdict. Spread into `fr`.
 */
export const frAnalystDay = {
  'period.name.7d': '7 derniers jours, jusqu’à maintenant',
  'period.name.30d': '30 derniers jours, jusqu’à maintenant',
  'period.name.1y': '12 derniers mois, jusqu’à maintenant',
  'period.name.range': 'Du {from} au {to}',
  'period.name.since': 'Depuis le {from}',
  'period.name.until': 'Jusqu’au {to}',
  'period.name.all': 'Toute la période',
  'period.jumpLatest': 'Aller à la dernière activité ({date})',

  'site_spot.gate': 'Porte d’entrée',
  'site_spot.perimeter': 'Enceinte, mur d’enceinte',
  'site_spot.staff_car_park': 'Parking du personnel',
  'site_spot.visitor_car_park': 'Parking des familles',
  'site_spot.inside': 'À l’intérieur de la détention',
  'site_spot.staff_home': 'Domicile d’un agent',
  'site_spot.public_road': 'Voie publique',
  'site_spot.hospital': 'Hôpital',
  'site_spot.court': 'Tribunal',
  'site_spot.other': 'Autre endroit',
  'form.spot': 'Où sur le site',
  'form.spot.unknown': 'Non précisé',
  'form.spot.hint': 'Porte, enceinte, parking du personnel, domicile d’un agent…',

  'edit.open': 'Corriger',
  'edit.title': 'Corriger l’incident',
  'edit.save': 'Enregistrer la correction',
  'edit.saved': 'Correction enregistrée.',
  'edit.conflict':
    'Quelqu’un a modifié cet incident depuis que vous l’avez ouvert : votre correction n’a pas été enregistrée. Rechargez pour voir sa version, puis corrigez de nouveau.',
  'change.reason': 'Motif de la modification',
  'change.reason.required': 'Motif (obligatoire)',
  'change.reason.hint': 'Gardé dans l’historique de l’incident.',

  'refute.confirmText': 'L’incident réfuté sort des liens, des campagnes et des alertes.',
  'refute.confirm': 'Confirmer : réfuter',
  'merge.open': 'Fusionner avec un autre incident…',
  'merge.target': 'Incident à conserver (lien ou identifiant)',
  'merge.target.placeholder': 'https://…/#/incidents/… ou son identifiant',
  'merge.confirmText': 'Cet incident devient un doublon de celui-là et sort des liens, des campagnes et des alertes.',
  'merge.confirm': 'Confirmer la fusion',
  'merge.done': 'Incident fusionné : c’est désormais un doublon.',
  'merge.isDuplicate': 'Cet incident est un doublon.',
  'merge.original': 'Voir l’incident conservé',

  'history.title': 'Historique des modifications',
  'history.entry': 'Version {version} · {actor} · {date}',
  'history.reason': 'Motif : {reason}',
  'history.noField': 'Aucun champ modifié.',
  'history.created': 'Incident enregistré le {date}',
  'history.field.duplicateOf': 'Doublon de',
  'history.field.staff': 'Détails STAFF',
  'history.staffChanged': 'Détails STAFF modifiés (non affichés dans l’historique)',
  'history.mergedInto': 'l’incident conservé',

  'list.col.summary': 'Résumé (acte, lieu, signatures, organisation, cote)',
  'list.col.recorded': 'Enregistré le',
  'list.summary.organisation': 'Organisation propriétaire',
  'bulk.label': 'Actions sur la sélection',
  'bulk.selectAll': 'Sélectionner tous les incidents affichés',
  'bulk.select': 'Sélectionner : {incident}',
  'bulk.count': '{count} incident(s) sélectionné(s)',
  'bulk.clear': 'Tout désélectionner',
  'bulk.toCase': 'Ajouter au dossier',
  'bulk.export': 'Exporter la sélection :',
  'bulk.confirmText': 'Marquer {count} incident(s) « {status} » ?',
  'bulk.confirm': 'Confirmer',
  'bulk.done': '{count} incident(s) marqué(s) « {status} ».',
  'bulk.conflicts': '{count} non modifié(s) : changé(s) entre-temps par quelqu’un d’autre.',
  'bulk.refused': '{count} refusé(s).',
  'bulk.addedToCase': '{added} incident(s) ajouté(s) au dossier {reference} ({already} déjà présent(s)).',

  'setup.title': 'Première installation : aucun compte n’existe encore.',
  'setup.intro': 'Créez le premier administrateur sur le serveur, dans le dossier de Vigie :',
  'setup.after':
    'Le mot de passe est généré et affiché une seule fois. Si le serveur a été lancé avec --data, ajoutez la même option.',

  'campaignState.watch': 'En observation',
  'campaignState.ended': 'Terminée',
  'significance.observedInWindow':
    '{observed} incident(s) observé(s) dans la fenêtre la plus inhabituelle, sur {sites} des {total} lieux de la campagne ; {expected} attendu(s) aux taux habituels',
} as const;
