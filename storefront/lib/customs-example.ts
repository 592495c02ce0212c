/**
 * The customs forms' example ID number (their placeholder): GB 11643's own sample, so that a buyer who copies its
 * shape writes a number the backend's checks accept. Kept apart from customs-input.ts, which is server code.
 */
export const ID_NUMBER_EXAMPLE = "11010519491231002X"
