export * from './amount';
export * from './check';
