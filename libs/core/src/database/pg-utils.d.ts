// pg's own conversion of a parameter to the text it sends (`pg/lib/utils`, exported by the package
// but absent from @types/pg): what a lean read's literal values are written from.
declare module 'pg/lib/utils' {
  export function prepareValue(value: unknown): unknown;
}
