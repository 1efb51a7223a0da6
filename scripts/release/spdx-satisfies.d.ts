// Types for spdx-satisfies 6 (it ships none): does an SPDX expression satisfy a list of licences?
declare module 'spdx-satisfies' {
  export default function satisfies(expression: string, approved: string[]): boolean;
}
