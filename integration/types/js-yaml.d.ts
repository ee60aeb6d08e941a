// js-yaml ships without types; it is in the root node_modules through eslint and jest.
declare module 'js-yaml' {
  export function load(text: string): unknown;
}
