/** SourceRefs backed by the YAML syntax tree, so diagnostics point at the field a user wrote. */
import { isMap, isPair, isScalar, isSeq, type LineCounter, type Node as YamlNode } from 'yaml';
import type { SourceRange, SourceRef } from '../diagnostics';
import { shiftedLineCounter } from './documentChunks';

/** The 1-based range of a node's value, without trailing comments or blank lines. */
export function rangeOfNode(file: string, lineCounter: LineCounter, node: YamlNode | null | undefined, fallback: SourceRange): SourceRange {
  const range = node?.range;
  if (!range) return fallback;
  return rangeOfOffsets(file, lineCounter, range[0], range[1]);
}

export function rangeOfOffsets(file: string, lineCounter: LineCounter, start: number, end: number): SourceRange {
  const from = lineCounter.linePos(start);
  const to = lineCounter.linePos(Math.max(start, end));
  return { file, line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
}

/** Finds the child of a map (by key) or a sequence (by index); undefined when absent. */
function child(node: YamlNode, part: string | number): YamlNode | undefined {
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const key = isScalar(pair.key) ? pair.key.value : pair.key;
      if (key === part || (typeof part === 'number' && key === String(part))) {
        return (pair.value as YamlNode | null) ?? (pair.key as YamlNode);
      }
    }
    return undefined;
  }
  if (isSeq(node) && typeof part === 'number') return node.items[part] as YamlNode | undefined;
  return undefined;
}

/**
 * A SourceRef for the object at `root`. `locate(path)` walks the syntax tree and returns the
 * range of the value at that field path, or of the nearest parent that exists.
 *
 * @example
 * const ref = yamlSourceRef('svc.yaml', lineCounter, doc.contents);
 * ref.locate(['spec', 'ports', 0, 'port']); // { line: 9, column: 13, ... }
 */
export function yamlSourceRef(file: string, lineCounter: LineCounter, root: YamlNode, order?: number): SourceRef {
  const fallback: SourceRange = { file, line: 1, column: 1, endLine: 1, endColumn: 1 };
  const range = rangeOfNode(file, lineCounter, root, fallback);
  return {
    file,
    range,
    order,
    locate(path) {
      let node: YamlNode = root;
      for (const part of path) {
        const next = child(node, part);
        if (!next) break;
        node = next;
      }
      return node === root ? range : rangeOfNode(file, lineCounter, node, range);
    },
  };
}

/** Where a lazily parsed document finds its nodes: -1 for the document's root, else a List item's index. */
export interface LazyNodes {
  nodeAt(index: number): YamlNode | undefined;
}

/**
 * A SourceRef whose syntax tree is parsed on first use (a large document read the fast way):
 * `nodes.nodeAt(index)` gives the node, `start` the offset (in the text the node's offsets count
 * from) its object starts at when there is none. `lines` counts the whole file's lines, and the
 * node's offsets start at `offset` in the file. One object per document and nothing more until a
 * diagnostic asks: a 150,000-item List keeps 150,000 of them.
 *
 * @example
 * lazySourceRef('dump.yaml', lineCounterOf(text), 0, { nodeAt: () => parseDocument(text).contents! }, -1, 0, 0).locate(['spec']);
 */
export function lazySourceRef(
  file: string,
  lines: LineCounter,
  offset: number,
  nodes: LazyNodes,
  index: number,
  start: number,
  order: number,
): SourceRef {
  return new LazySourceRef(file, lines, offset, nodes, index, start, order);
}

class LazySourceRef implements SourceRef {
  private resolved: SourceRef | undefined;

  constructor(
    readonly file: string,
    private readonly lines: LineCounter,
    private readonly offset: number,
    private readonly nodes: LazyNodes,
    private readonly index: number,
    private readonly start: number,
    readonly order: number,
  ) {}

  get range(): SourceRange {
    return this.resolve().range;
  }

  locate(path: readonly (string | number)[]): SourceRange {
    return this.resolve().locate(path);
  }

  private resolve(): SourceRef {
    if (!this.resolved) {
      const lineCounter = shiftedLineCounter(this.lines, this.offset);
      const node = this.nodes.nodeAt(this.index);
      this.resolved = node
        ? yamlSourceRef(this.file, lineCounter, node, this.order)
        : fixedSourceRef(rangeOfOffsets(this.file, lineCounter, this.start, this.start), this.order);
    }
    return this.resolved;
  }

  /** Where the object starts (line and column), found without its syntax tree. */
  startPosition(): { line: number; col: number } {
    return shiftedLineCounter(this.lines, this.offset).linePos(this.start);
  }
}

/**
 * The line and column a SourceRef made by lazySourceRef starts at, without parsing its tree;
 * undefined for any other SourceRef. Two such references to the same parsed object (the same
 * text) at the same offset, line and column have the same ranges.
 *
 * @example
 * lazyStart(document.source); // { line: 12, col: 1 }
 */
export function lazyStart(ref: SourceRef): { line: number; col: number } | undefined {
  return ref instanceof LazySourceRef ? ref.startPosition() : undefined;
}

function fixedSourceRef(range: SourceRange, order: number): SourceRef {
  return { file: range.file, range, order, locate: () => range };
}
