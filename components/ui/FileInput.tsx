import type { InputHTMLAttributes } from 'react';

/**
 * A file picker that hands over the one chosen file and clears itself, so choosing the same file
 * again (after fixing it, or to re-import) fires again.
 */
export function FileInput({ onFile, ...rest }: { onFile(file: File): void } & Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'onChange'>) {
  return (
    <input
      {...rest}
      type="file"
      onChange={(e) => {
        const file = e.currentTarget.files?.[0];
        e.currentTarget.value = '';
        if (file) onFile(file);
      }}
    />
  );
}
