import { ARCHIVE_KINDS, type Actor } from '@app/domain';
import { ArchiveService } from '@app/workflow';
import { Body, Controller, Get, HttpCode, Param, Post, StreamableFile } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ALL_ROLES, CurrentActor, Roles } from '../auth/access.decorator.js';
import { ApiProblems } from '../http/api-problems.decorator.js';
import { validationFailed } from '../http/problem.js';
import { FileUpload, UploadedFile, type UploadedFileData } from '../http/upload.js';
import { uuidPipe } from '../http/validation.js';
import { ApiFileResponse } from '../http/view-properties.js';
import { ArchiveReferenceDto, ArchiveUploadDto, WithdrawDto } from './dto/aftercare.dto.js';
import { ArchiveDocumentView, ArchiveVerificationView, ChecklistView, CollectedView } from './dto/aftercare.view.js';

@ApiTags('archive')
@Controller('projects/:id/archive')
export class ArchiveController {
  constructor(private readonly archive: ArchiveService) {}

  @Get()
  @Roles(...ALL_ROLES)
  @ApiOperation({ summary: 'The archive checklist with every filed document, and what is still missing' })
  @ApiOkResponse({ type: ChecklistView })
  @ApiProblems(400, 404)
  checklist(@CurrentActor() actor: Actor, @Param('id', uuidPipe()) id: string) {
    return this.archive.checklist(actor, id);
  }

  @Post('documents')
  @Roles('DISTRICT_PM')
  @FileUpload(
    'PDF, OFD, JPEG, PNG, XLSX or DOCX by its content (the declared type and name are not trusted), no larger than ARCHIVE_MAX_BYTES',
    { kind: { type: 'string', enum: ARCHIVE_KINDS }, title: { type: 'string', example: '施工合同（扫描件）' } },
    (config) => config.ARCHIVE_MAX_BYTES,
  )
  @ApiOperation({
    summary: 'Upload a document into the archive',
    description:
      'Stored under its sha256, as the type its bytes are, its name ending so. A file whose bytes are none of the types is refused with 415.',
  })
  @ApiCreatedResponse({ type: ArchiveDocumentView })
  @ApiProblems(400, 404, 409, 413, 415)
  upload(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe()) id: string,
    @Body() body: ArchiveUploadDto,
    @UploadedFile() file?: UploadedFileData,
  ) {
    if (!file) throw validationFailed([{ field: 'file', code: 'REQUIRED', message: 'attach the document in the multipart field "file"' }]);
    return this.archive.upload(actor, id, { ...body, file });
  }

  @Post('references')
  @Roles('DISTRICT_PM')
  @ApiOperation({ summary: 'File a document kept elsewhere, by its archive number, location or URL' })
  @ApiCreatedResponse({ type: ArchiveDocumentView })
  @ApiProblems(400, 404, 409)
  reference(@CurrentActor() actor: Actor, @Param('id', uuidPipe()) id: string, @Body() body: ArchiveReferenceDto) {
    return this.archive.reference(actor, id, body);
  }

  @Post('documents/:documentId/withdraw')
  @HttpCode(204)
  @Roles('DISTRICT_PM')
  @ApiOperation({
    summary: 'Withdraw a document filed by mistake, with the reason',
    description: "While the archive is open. The system's own records cannot be withdrawn; the audit trail keeps what was withdrawn.",
  })
  @ApiNoContentResponse({ description: 'withdrawn' })
  @ApiProblems(400, 404, 409)
  async withdraw(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe()) id: string,
    @Param('documentId', uuidPipe()) documentId: string,
    @Body() body: WithdrawDto,
  ): Promise<void> {
    await this.archive.withdraw(actor, id, documentId, body.reason);
  }

  @Post('collect')
  @HttpCode(200)
  @Roles('DISTRICT_PM')
  @ApiOperation({
    summary:
      "File the system's own records (consent rounds with ledger heads, plan versions, reviews, permits, reports, change orders, the acceptance form)",
    description: 'Done by PASS_ACCEPTANCE already; collecting again files only what is new.',
  })
  @ApiOkResponse({ type: CollectedView })
  @ApiProblems(400, 404, 409)
  collect(@CurrentActor() actor: Actor, @Param('id', uuidPipe()) id: string) {
    return this.archive.collect(actor, id);
  }

  @Get('verify')
  @Roles(...ALL_ROLES)
  @ApiOperation({ summary: 'Read every stored file again and compare it with the sha256 recorded when it was filed' })
  @ApiOkResponse({ type: ArchiveVerificationView })
  @ApiProblems(400, 404)
  verify(@CurrentActor() actor: Actor, @Param('id', uuidPipe()) id: string) {
    return this.archive.verify(actor, id);
  }

  @Get('bundle.zip')
  @Roles(...ALL_ROLES)
  @ApiFileResponse('application/zip', 'index.csv, index.json, files/, records/ and the acceptance form')
  @ApiOperation({ summary: 'The whole archive as a ZIP with an index (index.csv, index.json)' })
  @ApiProblems(400, 404)
  async bundle(@CurrentActor() actor: Actor, @Param('id', uuidPipe()) id: string): Promise<StreamableFile> {
    const { stream, filename } = await this.archive.bundle(actor, id);
    return new StreamableFile(stream, { type: 'application/zip', disposition: `attachment; filename="${filename}"` });
  }
}
