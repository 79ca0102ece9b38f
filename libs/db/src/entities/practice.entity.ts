import type { Bilingual } from '@app/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A reference practice from another city, loaded from seeds/practices.json. */
@Entity({ name: 'practices' })
export class PracticeEntity {
  @PrimaryColumn({ type: 'text' })
  id: string;

  @Column({ type: 'jsonb' })
  place: Bilingual;

  @Column({ type: 'int' })
  year: number;

  @Column({ type: 'text' })
  source: string;

  @Column({ type: 'text', array: true })
  stages: string[];

  @Column({ type: 'text', array: true })
  guards: string[];

  @Column({ type: 'jsonb' })
  title: Bilingual;

  @Column({ type: 'jsonb' })
  problem: Bilingual;

  @Column({ type: 'jsonb' })
  practice: Bilingual;

  @Column({ type: 'jsonb' })
  tools: Bilingual[];

  @Column({ type: 'jsonb' })
  figures: Bilingual[];

  /** Lower-cased text of every field, for the q= filter. */
  @Column({ name: 'search_text', type: 'text', select: false })
  searchText: string;
}
