/** An operator-facing error: its message is safe to print on the command line. */
export class OperatorError extends Error {}
