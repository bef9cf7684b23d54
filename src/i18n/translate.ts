/**
 * A tiny typed translation helper. Dictionaries are flat objects with dotted keys
 * (`calculator.share.copied`); `{name}` placeholders are filled from `vars`.
 * Pure and free of any dictionary, so an island can import it without bundling strings.
 */
export type Dict = Readonly<Record<string, string>>;
export type Vars = Readonly<Record<string, string | number>>;
/** An island's strings as passed in its props (see `stringsFor` in ./index.ts). */
export type Strings = Readonly<Record<string, string>>;
/** The keys of dictionary `D` that start with `P`, without `P`: the short keys an island uses. */
export type ShortKey<D, P extends string> = { [K in keyof D]: K extends `${P}${infer R}` ? R : never }[keyof D];

/** Fills `{placeholders}` in a template; unknown placeholders are left visible so they are noticed. */
export function format(template: string, vars?: Vars): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(vars, name) ? String(vars[name]) : whole,
  );
}

/**
 * Builds a `t(key, vars)` over one dictionary; a missing key shows itself, so it is noticed.
 * The key type is `K` (for an island: `ShortKey<typeof area, 'area.'>`) or the dictionary's keys.
 */
export function makeT<K extends string = string>(dict: Readonly<Record<string, string>>): (key: K, vars?: Vars) => string;
export function makeT<D extends Dict>(dict: D): (key: keyof D & string, vars?: Vars) => string;
export function makeT(dict: Dict): (key: string, vars?: Vars) => string {
  return (key, vars) => format(dict[key] ?? key, vars);
}
