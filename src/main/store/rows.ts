// A table's row type, derived from the domain shape it stores (as Signal Desktop derives its row types):
// column names are the fields' names in snake_case, booleans are stored as 0/1 and lists and records as
// JSON text. A repo picks or omits the fields its table holds and adds the columns only the store has.

type SnakeCase<S extends string> = S extends `${infer Head}${infer Tail}`
  ? `${Head extends Lowercase<Head> ? Head : `_${Lowercase<Head>}`}${SnakeCase<Tail>}`
  : S;

type Stored<V> = V extends boolean ? number : V extends string | number | null ? V : string;

export type SqlRow<T> = { [K in keyof T & string as SnakeCase<K>]: Stored<T[K]> };
