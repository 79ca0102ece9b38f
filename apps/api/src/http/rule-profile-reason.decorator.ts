import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { Optional } from './validation.js';

/** Why a project or a round names another rule profile than the one it inherits. */
export const RuleProfileReason = () =>
  applyDecorators(
    ApiPropertyOptional({
      example: '区住建局2026年第5号文：本区改造意愿按《民法典》第278条重大事项表决',
      description: 'required when ruleProfile is not the one inherited (the district default, or as shipped)',
    }),
    Optional(),
    IsString(),
    MinLength(1),
    MaxLength(2000),
  );
