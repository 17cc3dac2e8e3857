/** EC2 takes at most 200 values per filter. */
export function chunks(values: string[]): string[][] {
  const result: string[][] = [];
  for (let i = 0; i < values.length; i += 200)
    result.push(values.slice(i, i + 200));
  return result;
}
