/** A calendar date as users write it, YYYY-MM-DD, read in China time by the services. */
export const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
