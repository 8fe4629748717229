import { t, type MessageKey } from '../i18n/i18n.ts';

/**
 * A TLP 2.0 label in the official colours (FIRST): coloured text on black, "TLP:AMBER+STRICT"
 * spelled out. The title says who may read it.
 */
export function MarkingBadge({ marking }: { marking: string }) {
  const known = ['CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED'].includes(marking);
  const modifier = marking.toLowerCase().replace('+', '-');
  return (
    <span
      class={`tlp tlp--${modifier}`}
      data-testid="marking"
      data-marking={marking}
      title={known ? t(`marking.${marking}` as MessageKey) : undefined}
    >
      TLP:{marking}
    </span>
  );
}

/** A badge per compartment of a record (today only STAFF). */
export function CompartmentBadges({ compartments }: { compartments: string[] }) {
  return (
    <>
      {compartments.map((compartment) => (
        <span
          key={compartment}
          class="compartment"
          data-testid="compartment"
          title={compartment === 'STAFF' ? t('compartment.STAFF') : compartment}
        >
          {compartment}
        </span>
      ))}
    </>
  );
}

/** The marking and the compartments of a record, side by side. */
export function ProtectionBadges({ marking, compartments = [] }: { marking?: string; compartments?: string[] }) {
  if (!marking && compartments.length === 0) return null;
  return (
    <span class="protection">
      {marking && <MarkingBadge marking={marking} />}
      <CompartmentBadges compartments={compartments} />
    </span>
  );
}
