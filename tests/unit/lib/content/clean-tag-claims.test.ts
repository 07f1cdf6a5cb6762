import { describe, expect, it } from 'vitest';

import { findCleanTagClaims } from '../../../../src/lib/content/clean-tag-claims';

const phrases = (text: string) => findCleanTagClaims(text).map((claim) => claim.phrase);

describe('findCleanTagClaims', () => {
  it('flags a clean git tag, a clean repository and a tag said to be clean', () => {
    expect(phrases('From a clean git tag to sshd')).toEqual(['clean git tag']);
    expect(phrases('Only the clean repository was left')).toEqual(['clean repository']);
    expect(phrases('Why the git tag is clean')).toEqual(['git tag is clean']);
    expect(phrases('The git tag of 5.6.0 is clean, and so are the archives.')).toEqual([
      'git tag of 5.6.0 is clean',
    ]);
    expect(phrases('The repository stayed entirely clean.')).toEqual([
      'repository stayed entirely clean',
    ]);
  });

  it('allows "a build from the git tag is clean" and builds made from a tag', () => {
    expect(phrases('A build from the git tag is clean.')).toEqual([]);
    expect(phrases('Builds made from the git tag were clean.')).toEqual([]);
    expect(phrases('The same build from the\ngit tag is clean.')).toEqual([]);
  });

  it('reads through line breaks and markup and reports the starting line', () => {
    const text = 'First line.\nThe <EventLink id="x">git tag of\n5.6.0 is clean</EventLink>.';
    expect(findCleanTagClaims(text)).toEqual([{ phrase: 'git tag of 5.6.0 is clean', line: 2 }]);
  });

  it('leaves other uses of the word alone', () => {
    expect(phrases('Debian’s 5.6.1+really5.4.5 is the clean 5.4.5.')).toEqual([]);
    expect(phrases('a clean library; the stream ended cleanly; clean releases followed')).toEqual(
      [],
    );
  });

  it('reads through markup and extra spaces inside the phrase', () => {
    expect(phrases('From a clean <Term id="git-tag">git tag</Term> to sshd')).toEqual([
      'clean git tag',
    ]);
    expect(phrases('The  git   tag is clean.')).toEqual(['git tag is clean']);
  });

  it('reports the right line after a long tag on an earlier line', () => {
    const text = 'See <Term id="a-rather-long-glossary-term-id">this</Term>.\nA clean git tag.';
    expect(findCleanTagClaims(text)).toEqual([{ phrase: 'clean git tag', line: 2 }]);
  });

  it('allows the build wording at the start of a long paragraph', () => {
    const paragraph = `A build from the git tag is clean.${' The trigger was in the tarball.'.repeat(4)}`;
    expect(phrases(paragraph)).toEqual([]);
  });

  it('lists the claims in line order whichever phrasing they use', () => {
    const text = 'The git tag is clean.\nA clean repository.\nThe tree stayed clean.';
    expect(findCleanTagClaims(text).map((claim) => claim.line)).toEqual([1, 2, 3]);
  });
});
