/** The `?status=` of the address when it is one of the list's states (links from the workspace), else all. */
export function statusParam<S extends string>(params: URLSearchParams, statuses: readonly S[]): S | '' {
  const value = params.get('status');
  return statuses.includes(value as S) ? (value as S) : '';
}
