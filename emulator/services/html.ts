/**
 * HtmlService: HTML files of the built project (read from the build directory on the Node side)
 * and the HtmlOutput they become.
 *
 * Verified message: "No HTML file named X was found." (users quote it for
 * createHtmlOutputFromFile('index') when there is no index.html). Google finds the file with or
 * without the ".html" suffix.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { GasException, Service } from '../core';
import type { HtmlOutputPort, HtmlServicePort } from '../../src/gas/ports';

export class HtmlOutput extends Service implements HtmlOutputPort {
  readonly serviceName = 'HtmlOutput';
  /** Google ignores the page's <title>; only setTitle sets it. */
  private title = '';

  constructor(private readonly content: string) {
    super();
  }

  getContent(): string {
    return this.content;
  }

  getTitle(): string {
    return this.title;
  }

  setTitle(title: string): HtmlOutput {
    this.title = String(title);
    return this;
  }
}

export class HtmlService extends Service implements HtmlServicePort {
  readonly serviceName = 'HtmlService';

  constructor(private readonly buildDir: string) {
    super();
  }

  createHtmlOutputFromFile(filename: string): HtmlOutput {
    const name = String(filename).replace(/\.html$/, '');
    const root = path.resolve(this.buildDir);
    const file = path.resolve(root, `${name}.html`);
    // A project file can't lie outside the project.
    const inside = file.startsWith(root + path.sep);
    if (!name || !inside || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      throw new GasException(`No HTML file named ${name} was found.`);
    }
    return new HtmlOutput(fs.readFileSync(file, 'utf8'));
  }
}

/** buildDir: where the build writes the project's .html files. */
export function createHtmlService(buildDir: string): HtmlService {
  return new HtmlService(buildDir);
}
