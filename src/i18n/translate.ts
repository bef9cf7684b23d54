/**
 * A tiny typed translation helper. Dictionaries are flat objects with dotted keys
 * (`calculator.share.copied`); `{name}` placeholders are filled from `vars`.
 * Pure: islands import only the dictionary part they need, so the bundle stays small.
 */
export type Dict = Readonly<Record<string, string>>;
export type Vars = Readonly<Record<string, string | number>>;

/** Fills `{placeholders}` in a template; unknown placeholders are left visible so they are noticed. */
export function format(template: string, vars?: Vars): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(vars, name) ? String(vars[name]) : whole,
  );
}

/** Builds a `t(key, vars)` function over one dictionary; the key type comes from the dictionary. */
export function makeT<D extends Dict>(dict: D): (key: keyof D & string, vars?: Vars) => string {
  return (key, vars) => format(dict[key] ?? key, vars);
}
