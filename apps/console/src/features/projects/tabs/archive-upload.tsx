import { useQueryClient } from '@tanstack/react-query';
import { Progress, Typography } from 'antd';
import { useState } from 'react';
import { upload } from '../../../api/transfer';
import type { ArchiveDocument, ArchiveKind } from './closeout-queries';

/** What the archive takes (README "Archive"); the API reads the type from the bytes, this only narrows the picker. */
export const ARCHIVE_ACCEPT = '.pdf,.ofd,.jpg,.jpeg,.png,.xlsx,.docx';
export const PHOTO_ACCEPT = '.jpg,.jpeg,.png';

/**
 * Files one document into the project's archive with the share sent so far; the archive's list is
 * read again once it is filed. `percent` is null while nothing is being sent.
 */
export function useArchiveUpload(projectId: string) {
  const queryClient = useQueryClient();
  const [percent, setPercent] = useState<number | null>(null);
  const send = async (file: File, kind: ArchiveKind, title: string): Promise<ArchiveDocument> => {
    setPercent(0);
    try {
      const document = await upload<ArchiveDocument>(`/projects/${projectId}/archive/documents`, file, setPercent, { kind, title });
      await queryClient.invalidateQueries({ queryKey: ['projects', projectId, 'archive'] });
      return document;
    } finally {
      setPercent(null);
    }
  };
  return { send, percent, busy: percent !== null };
}

export function UploadProgress({ percent, name }: { percent: number | null; name: string }) {
  if (percent === null) return null;
  return (
    <div aria-live="polite">
      <Typography.Text>正在上传「{name}」…</Typography.Text>
      <Progress percent={percent} aria-label="上传进度" />
    </div>
  );
}
