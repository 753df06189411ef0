import { useFormat } from './format.js';

/** An instant in the reader's zone with the zone named; the tooltip gives its full name and UTC. */
export function Instant({ at, className }: { at: string | null | undefined; className?: string }) {
  const format = useFormat();
  if (!at) return <>—</>;
  return (
    <time dateTime={at} title={format.instantDetail(at)} className={className}>
      {format.instant(at)}
    </time>
  );
}
