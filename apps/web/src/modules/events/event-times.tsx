import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/format.js';

/**
 * A span on the event's clock and, when the reader's clock shows another time (Moscow and Beijing
 * are five hours apart), on the reader's own; an online or hybrid event always shows both.
 */
export function EventTimes({ from, to, zone, online }: { from: string; to: string; zone: string; online?: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const same = format.sameClock(zone, from);
  return (
    <span className="event-times">
      <span data-clock="event">
        {format.range(from, to, zone)} <span className="muted">({t('events.clock.event', { zone })})</span>
      </span>
      {(!same || online) && (
        <span data-clock="yours">
          {format.range(from, to)} <span className="muted">({t('events.clock.yours', { zone: format.timeZone })})</span>
        </span>
      )}
    </span>
  );
}
