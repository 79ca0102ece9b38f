import { ApiProperty } from '@nestjs/swagger';
import { ApiInteger, BilingualView } from '../../http/view-properties.js';

/** A reference practice from another city (seeds/practices.json). */
export class PracticeView {
  @ApiProperty({ example: 'changsha-two-80' })
  id: string;

  @ApiProperty({ type: BilingualView })
  place: BilingualView;

  @ApiInteger()
  year: number;

  @ApiProperty({ description: 'the seed document it comes from' })
  source: string;

  @ApiProperty({ type: [String], description: 'lifecycle states it helps in' })
  stages: string[];

  @ApiProperty({ type: [String], description: 'guard refusal codes it helps against' })
  guards: string[];

  @ApiProperty({ type: BilingualView })
  title: BilingualView;

  @ApiProperty({ type: BilingualView })
  problem: BilingualView;

  @ApiProperty({ type: BilingualView })
  practice: BilingualView;

  @ApiProperty({ type: [BilingualView] })
  tools: BilingualView[];

  @ApiProperty({ type: [BilingualView] })
  figures: BilingualView[];
}
