import { chinaDeadline, DATE_PATTERN, DEADLINE_PATTERN } from '@app/domain';
import { applyDecorators } from '@nestjs/common';
import { Matches, ValidateBy } from 'class-validator';

/** Text of the right shape may still name a day the calendar does not have (2026-02-30). */
const calendarDay = (field: string) =>
  ValidateBy({
    name: 'isCalendarDay',
    validator: {
      validate: (value) => typeof value !== 'string' || !DEADLINE_PATTERN.test(value) || chinaDeadline(value) !== null,
      defaultMessage: () => `${field} names a day the calendar does not have`,
    },
  });

/** A calendar date as users write it, YYYY-MM-DD, read in China time by the services. */
export const IsCalendarDate = (field: string) =>
  applyDecorators(Matches(DATE_PATTERN, { message: `${field} is a date YYYY-MM-DD` }), calendarDay(field));

/**
 * A deadline: a date (due at the end of that day in China) or a date and time (without an offset,
 * China's clock). The pattern bounds the text; the calendar then refuses days it does not have.
 */
export const IsChinaDeadline = (field: string) =>
  applyDecorators(
    Matches(DEADLINE_PATTERN, { message: `${field} is a date YYYY-MM-DD or a date and time YYYY-MM-DDTHH:mm[:ss][offset]` }),
    calendarDay(field),
  );
