/**
 * Types of Vietnamese legal and Party documents that take a number and symbol ("Nghị định số
 * 67/2025/NĐ-CP", "văn bản số 10069/BCT-ĐB"). Source: the Law on Promulgation of Legal Documents
 * (types of legal documents) and Party Regulation 66-QĐ/TW (types of Party documents).
 */
import { phraseTable } from '../tokens';

export const NUMBERED_TYPES = [
  'nghị quyết liên tịch',
  'nghị quyết',
  'nghị định',
  'quyết định',
  'thông tư liên tịch',
  'thông tư',
  'chỉ thị',
  'kết luận',
  'quy định',
  'công văn',
  'pháp lệnh',
  'thông báo kết luận',
  'thông báo',
  'hướng dẫn',
  'công điện',
  'luật',
  'bộ luật',
  'lệnh',
  'văn bản hợp nhất',
  'văn bản',
];

export const TYPE_T = phraseTable([...NUMBERED_TYPES, 'hiến pháp']);
