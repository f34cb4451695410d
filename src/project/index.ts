export {
  resolveProject,
  locateConfigFile,
  CONFIG_FILE_NAMES,
  enclosingProject,
  toUri,
  DEFAULT_LAYOUT,
  suiteArguments,
  unloadedGeneratedFolders,
  GENERATED_GLOBS
} from './resolve-project'
export type { Project, ProjectOptions, ProjectResult } from './resolve-project'
export { readFeatureSources, decodeFeature, maxFeatureBytes } from './read-sources'
export type { ReadResult } from './read-sources'
export { loadCucumberModules } from './cucumber-modules'
export type { CucumberModules } from './cucumber-modules'
export { readProjectTsconfig, compilerOptionsFor, describeCompilerOptions } from './tsconfig'
export type { ProjectTsconfig } from './tsconfig'
export { NX_PLUGIN, locateNxJson, registerNxPlugin } from './nx-workspace'
export type { NxPluginRegistration } from './nx-workspace'
export { featureNameOf, readTemplates, renderTemplate, templateOfTags } from './feature-templates'
export type { FeatureTemplate, TemplateCatalogue } from './feature-templates'
