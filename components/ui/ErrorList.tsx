/** A user-facing error: the headline, then each problem with where it is (JSON path, row, rule). */
export interface ErrorItem {
  path?: string;
  where?: string;
  message: string;
}

export function ErrorList({
  title,
  errors,
  max = 20,
  role = 'alert',
  className,
  testId,
}: {
  title: string;
  errors?: readonly ErrorItem[] | null;
  max?: number;
  /** 'status' for errors that follow typing (announced politely), 'alert' for a failed action. */
  role?: 'alert' | 'status';
  className?: string;
  testId?: string;
}) {
  const list = errors ?? [];
  return (
    <div role={role} className={className ? `tf-error ${className}` : 'tf-error'} data-testid={testId}>
      <strong>{title}</strong>
      {list.length > 0 && (
        <ul className="tf-errors">
          {list.slice(0, max).map((e, i) => (
            <li key={i}>
              {(e.path ?? e.where) ? <code dir="ltr">{e.path ?? e.where}</code> : null}
              {(e.path ?? e.where) ? ': ' : ''}
              <span dir="auto">{e.message}</span>
            </li>
          ))}
          {list.length > max && <li>…</li>}
        </ul>
      )}
    </div>
  );
}

/** Reads the details a BackgroundError carries as a list of located errors. */
export function errorItems(details: unknown): ErrorItem[] {
  if (!Array.isArray(details)) return [];
  return details
    .filter((d): d is Record<string, unknown> => !!d && typeof d === 'object')
    .map((d) => ({ path: typeof d.path === 'string' ? d.path : typeof d.ruleId === 'string' ? String(d.ruleId) : undefined, where: typeof d.where === 'string' ? d.where : undefined, message: String(d.message ?? '') }));
}
