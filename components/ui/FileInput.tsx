import { useRef, type InputHTMLAttributes } from 'react';

/**
 * A file picker that hands over the one chosen file and clears itself, so choosing the same file
 * again (after fixing it, or to re-import) fires again. The browser's own control is drawn in the
 * browser's language ("Choose File · No file chosen" in a Persian page) and, since it clears
 * itself, always says no file is chosen: so it is kept for the keyboard and screen readers but
 * drawn as one button with our own words (`label`). Inside a <label> the label opens it; alone,
 * a click on the button does.
 */
export function FileInput({ onFile, label, className, ...rest }: { onFile(file: File): void; label: string } & Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'onChange'>) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <span className={`tf-file${className ? ` ${className}` : ''}`}>
      <input
        {...rest}
        ref={input}
        type="file"
        className="tf-file-input"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) onFile(file);
        }}
      />
      <span className="tf-file-button" aria-hidden="true" onClick={(e) => !e.currentTarget.closest('label') && input.current?.click()}>
        {label}
      </span>
    </span>
  );
}
