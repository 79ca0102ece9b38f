import { ApiProperty } from '@nestjs/swagger';
import { ApiInteger } from './view-properties.js';

/** What an import found besides its rows; the counts are the import's own. */
export class ImportReportView {
  @ApiInteger({ description: 'the line or row the header was found on, past any title rows' })
  headerLine: number;

  @ApiProperty({ type: [String], description: 'headers of the columns the import does not read (序号, 备注 …)' })
  ignoredColumns: string[];
}
