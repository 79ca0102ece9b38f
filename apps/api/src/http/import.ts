import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { Optional } from './validation.js';
import { ApiInteger } from './view-properties.js';

/** Both imports take the same switch: check and preview the file, write nothing. */
export class ImportQueryDto {
  @ApiPropertyOptional({
    enum: ['true', 'false'],
    default: 'false',
    description: 'true: check the file and answer with what would be written, write nothing',
  })
  @Optional()
  @IsIn(['true', 'false'])
  dryRun?: 'true' | 'false';
}

export const isDryRun = (query: ImportQueryDto) => query.dryRun === 'true';

export class RowErrorView {
  @ApiInteger({ description: 'the line (CSV) or row (XLSX) in the file; 0 for the file as a whole' })
  line: number;

  @ApiProperty({ type: String, nullable: true, description: 'the header as written in the file' })
  column: string | null;

  @ApiProperty({ example: 'INVALID_AREA' })
  code: string;

  @ApiProperty({ description: 'in Chinese' })
  message: string;
}

/** What an import found besides its rows; the counts and the sample are the import's own. */
export class ImportReportView {
  @ApiProperty({ description: 'true when nothing was written' })
  dryRun: boolean;

  @ApiInteger({ description: 'the line or row the header was found on, past any title rows' })
  headerLine: number;

  @ApiProperty({ type: [String], description: 'headers of the columns the import does not read (序号, 备注 …)' })
  ignoredColumns: string[];

  @ApiProperty({
    type: [Number],
    description: 'lines under the table read as its foot (合计, 填表人：…, 日期) and left out; a 合计 between rows is a row, and reported',
  })
  footerLines: number[];

  @ApiProperty({
    type: [RowErrorView],
    description: 'every row error of a dry run (at most 1,000); a real import with errors is refused instead',
  })
  errors: RowErrorView[];

  @ApiInteger()
  errorCount: number;
}
