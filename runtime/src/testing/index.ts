/** `@looplab/runtime/testing` (Node): the runtime's test programs and their CPython oracle. */
export * from './test-programs'
