import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'districts' })
export class DistrictEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text', unique: true })
  code: string;

  @Column({ type: 'text' })
  name: string;

  @Index()
  @Column({ name: 'city_id', type: 'uuid' })
  cityId: string;

  /** The name of the city, kept by the database from city_id for readers of the text. */
  @Column({ type: 'text', insert: false, update: false })
  city: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
