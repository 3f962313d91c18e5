export type { SimulatedScanner } from './simulator';
export { createSimulatedScanner } from './simulator';
export type { BarcodeScanner, Scan, ScanListener } from './types';
