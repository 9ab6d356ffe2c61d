import { buttonClass } from './button';

/** A button (the manual's 【】) that opens a page: a plain GET form, so it works before hydration. */
export function NavButton({
  href,
  label,
  variant = 'secondary',
}: {
  href: string;
  label: string;
  variant?: 'primary' | 'secondary';
}) {
  return (
    <form method="get" action={href}>
      <button type="submit" className={buttonClass(variant)}>
        {label}
      </button>
    </form>
  );
}
