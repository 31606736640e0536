/** The product mark: two circles joined on a common line – organisations working together. */
export function LogoMark({ size = 28 }: { size?: number }) {
  return (
    <svg viewBox="0 0 32 32" width={size} height={size} aria-hidden="true" focusable="false" className="logo-mark">
      <rect width="32" height="32" rx="7" fill="var(--color-brand)" />
      <circle cx="11.5" cy="13" r="4.5" fill="none" stroke="#fff" strokeWidth="2.4" />
      <circle cx="20.5" cy="13" r="4.5" fill="none" stroke="#fff" strokeWidth="2.4" />
      <path d="M8 23h16" stroke="#fff" strokeWidth="2.4" strokeLinecap="round" />
    </svg>
  );
}
