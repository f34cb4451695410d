/** Replaces every occurrence of each secret (API keys) in a text. Short strings are not secrets worth hiding and would mangle text. */
export function redactSecrets(text: string, secrets: readonly (string | undefined)[]): string {
  let result = text
  for (const secret of secrets) {
    if (secret && secret.length >= 8) result = result.split(secret).join('[redacted]')
  }
  return result
}
