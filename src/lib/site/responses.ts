/** JSON files of the site: UTF-8, ending in a newline. */
export function jsonResponse(value: unknown, indent = 2): Response {
  return new Response(`${JSON.stringify(value, null, indent)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
