import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiProperty, ApiPropertyOptional, ApiResponse, getSchemaPath } from '@nestjs/swagger';

export class ProblemDto {
  @ApiProperty({ example: 'urn:renovation:problem:machine.guard_failed' })
  type: string;
  @ApiProperty({ example: 'Unprocessable Content' })
  title: string;
  @ApiProperty({ example: 422 })
  status: number;
  @ApiProperty()
  detail: string;
  @ApiProperty({ description: 'stable error code', example: 'MACHINE.GUARD_FAILED' })
  code: string;
  @ApiPropertyOptional({ description: 'failing fields or guards', type: 'array', items: { type: 'object' } })
  errors?: unknown[];
}

const MEANING: Record<number, string> = {
  400: 'malformed request, unknown field or invalid value',
  401: 'missing, invalid or expired token',
  403: 'not allowed to your role, or not your party to sign for',
  404: 'not found, or outside your jurisdiction',
  409: 'conflicts with the current state',
  413: 'the upload is larger than the limit',
  415: 'the upload is not of an allowed type',
  422: 'refused by a domain rule or guard',
  429: 'too many attempts',
};

/** Documents the problem responses a route can give, in the media type the problem filter sends. */
export function ApiProblems(...statuses: number[]): MethodDecorator & ClassDecorator {
  const content = { 'application/problem+json': { schema: { $ref: getSchemaPath(ProblemDto) } } };
  return applyDecorators(
    ApiExtraModels(ProblemDto),
    ...statuses.map((status) => ApiResponse({ status, description: MEANING[status], content })),
  );
}
