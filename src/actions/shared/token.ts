/** A token input left at its action.yml default outside a runner is the literal expression: no token. */
export const usableToken = (token: string | undefined): string | undefined =>
  token && !token.startsWith('${{') ? token : undefined;
