/**
 * Types of the sidebar's server API (google.script.run). Shared by server and browser code,
 * so this file imports nothing. Only JSON-safe data: no Date, no undefined in arrays.
 */
export interface RegisterStatus {
  ready: boolean;
  spreadsheetName: string;
  sheets: { name: string; present: boolean; rows: number }[];
}

export interface ServerApi {
  getRegisterStatus(): RegisterStatus;
}
