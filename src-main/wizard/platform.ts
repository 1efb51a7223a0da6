/**
 * What the wizard needs from the desktop, injected: Electron provides the real ones, the
 * browser harness and the tests provide fakes. Each returns what happened, for the UI.
 */
export interface DesktopPlatform {
  /** Native folder picker; null when cancelled. */
  chooseFolder(title: string, startIn: string): Promise<string | null>;
  /** Native file picker for a backup .json; null when cancelled. */
  chooseFile(title: string, startIn: string): Promise<string | null>;
  /** Opens a file with its default program (the report in a browser). */
  openFile(file: string): Promise<boolean>;
  writeClipboard(text: string): void;
  /** Runs a program and waits for its exit code (wusa.exe, shutdown.exe). */
  runProgram(file: string, args: string[]): Promise<number>;
  /** Starts this tool again elevated (UAC) and quits this instance. */
  relaunchElevated(): Promise<boolean>;
  /** Closes the wizard's window (the tool quits with its last window); false when there is none. */
  closeWindow(): Promise<boolean>;
}
