// The embed builder's own words in English, Canadian French and US Spanish.
// The builder is part of the demo site, not of the library, so a plain
// dictionary does; the attribute descriptions come from custom-elements.json
// and stay in English (marked lang="en").

export type UiLanguage = 'en' | 'fr' | 'es';
export const UI_LANGUAGES: readonly UiLanguage[] = ['en', 'fr', 'es'];

const en = {
  pageTitle: 'Embed builder: kratom-widgets',
  heading: 'Embed builder',
  intro:
    'Choose an element, set it up, and copy the code for your site: WordPress, Shopify, Squarespace or plain HTML. No npm, no build step.',
  demoLink: 'Every element on one page (demo)',
  uiLanguage: 'Language of this page',
  formName: 'Element settings',
  legendElement: '1. Element',
  elementLabel: 'Element to embed',
  legendAttributes: '2. Attributes of {tag}',
  attributesHelp: 'Leave a field as it is to keep the element’s default; only what you change goes into the code.',
  noAttributes: 'This element has no other attributes.',
  defaultIs: 'Default: {value}.',
  defaultOption: '{value} (default)',
  noneOption: 'None',
  ownGroupOption: 'None: describe your own organisation',
  chooseOption: 'Not set',
  legendLanguageTheme: '3. Language and theme',
  widgetLanguage: 'Language of the element',
  langAdvice:
    'The elements speak the language of the page they are in. Your page’s <html> tag should say lang="{lang}"; WordPress, Shopify and Squarespace set it from the site’s language.',
  theme: 'Theme',
  themeAuto: 'Auto: follows the page',
  themeLight: 'Light',
  themeDark: 'Dark',
  legendScript: '4. Script',
  scriptFile: 'Script file',
  scriptLoader: 'Autoloader, kratom-widgets-loader.js (recommended)',
  scriptLoaderNote:
    'A small file that fetches only the code of the elements on your page. Its integrity hash protects the loader file only: the code it then imports (the auto/ folder) and the data it fetches (chunks/) are separate files with no hash check.',
  scriptSingle: 'Single file, kratom-widgets.js',
  scriptSingleNote:
    'Every element’s code in one file, all of it protected by the integrity hash. The data and translations it fetches when needed (the chunks/ folder) are separate files with no hash check.',
  baseLabel: 'Where your copy of dist/cdn is',
  baseHelp:
    'The default is this version of the package on jsDelivr. If you copied the dist/cdn folder to your own site, enter its address.',
  baseInvalid: 'Enter an address that starts with https:// (or with / for a folder on your own site).',
  prerender: 'Prerendered fallback',
  prerenderNote:
    'Puts the element’s drawn HTML (declarative shadow DOM) inside its tag, so it reads without JavaScript and before the script arrives. The code gets much longer.',
  prerenderDev: 'Under npm start the fallback is drawn with Lit’s browser build, which skips the server’s way of drawing (data read at once): npm run build:demo gives the fallback to paste.',
  prerenderBusy: 'Rendering the fallback…',
  prerenderFailed: 'The fallback could not be rendered: {reason}',
  previewHeading: 'Preview',
  previewWidth: 'Preview width',
  widthDesktop: 'Desktop (1024 px)',
  widthPhone: 'Phone (375 px)',
  previewTitle: 'Preview of {tag}, {width} px wide',
  previewBuilt: 'The preview is a plain page with your code in it, loading this build’s files from {base}.',
  previewSources: 'Development: the preview runs the library’s source modules, without the integrity hash.',
  previewNoFiles: 'This build’s dist/cdn files were not found, so there is no preview. Run npm run build.',
  useSources: 'Preview the source modules instead of dist/cdn (development)',
  snippetHeading: 'Your code',
  snippetLabel: 'Code to paste into your page',
  pasteHelp:
    'Paste it where your site takes HTML: a Custom HTML block in WordPress, a Custom Liquid section in Shopify, a Code block in Squarespace. The stylesheet and script can go in the page’s head instead.',
  copy: 'Copy the code',
  copied: 'Copied',
  copyManual: 'The code is selected: press Ctrl+C (⌘C on a Mac) to copy it.',
  leftOut: 'Left out of the code until corrected: {names}.',
  hashLocal: 'Integrity hash of {file} as built for version {version}.',
  hashFromBase: 'Integrity hash of the file at {url}.',
  hashBaseUnreadable:
    '{url} could not be read from this page, so the hash is of this build’s file (version {version}). Make sure your copy is the same version.',
  hashBaseDiffers: 'The file at {url} is not the one this build made; the hash is of your file.',
  hashMissing: 'No integrity hash: {file} could not be read. Run npm run build, then reload.',
  buildMismatch: 'Warning: {file} differs from the hash recorded when this site was built.',
  errJurisdiction: '“{value}” is not a jurisdiction code. Use codes such as US-TX or CA-ON.',
  errToken: '“{value}” is not one of: {allowed}.',
  errHeadingLevel: 'Enter a whole number from 1 to 6.',
  errPositive: 'Enter a whole number, 1 or more.',
  errDate: 'Enter a date as YYYY-MM-DD, YYYY-MM or YYYY.',
  errHttps: 'Enter an address that starts with https://.',
  errQuote: 'Leave out the characters < and >.',
  commentLanguage: 'The element follows the language of your page: <html lang="{lang}"> shows it in {language}.',
  commentPrerender: 'Prerendered HTML inside the tag: readable without JavaScript.',
  languageEn: 'English',
  languageFr: 'French (Canada)',
  languageEs: 'Spanish (US)',
  skip: 'Skip to the settings',
  groupFederal: 'Federal',
  groupUS: 'United States',
  groupCA: 'Canada',
  hashOwnFolder: 'Integrity hash of {file} as built for version {version}: copy that version’s dist/cdn folder to {base}.',
};

export type MessageKey = keyof typeof en;
type Dictionary = Record<MessageKey, string>;

const fr: Dictionary = {
  pageTitle: 'Générateur de code : kratom-widgets',
  heading: 'Générateur de code à intégrer',
  intro:
    'Choisissez un élément, réglez-le, puis copiez le code pour votre site : WordPress, Shopify, Squarespace ou HTML simple. Sans npm ni étape de compilation.',
  demoLink: 'Tous les éléments sur une page (démo)',
  uiLanguage: 'Langue de cette page',
  formName: 'Réglages de l’élément',
  legendElement: '1. Élément',
  elementLabel: 'Élément à intégrer',
  legendAttributes: '2. Attributs de {tag}',
  attributesHelp: 'Laissez un champ tel quel pour garder la valeur par défaut; seul ce que vous changez va dans le code.',
  noAttributes: 'Cet élément n’a pas d’autres attributs.',
  defaultIs: 'Par défaut : {value}.',
  defaultOption: '{value} (par défaut)',
  noneOption: 'Aucun',
  ownGroupOption: 'Aucun : décrire votre propre organisme',
  chooseOption: 'Non défini',
  legendLanguageTheme: '3. Langue et thème',
  widgetLanguage: 'Langue de l’élément',
  langAdvice:
    'Les éléments parlent la langue de la page qui les contient. La balise <html> de votre page doit indiquer lang="{lang}"; WordPress, Shopify et Squarespace la règlent selon la langue du site.',
  theme: 'Thème',
  themeAuto: 'Auto : suit la page',
  themeLight: 'Clair',
  themeDark: 'Sombre',
  legendScript: '4. Script',
  scriptFile: 'Fichier de script',
  scriptLoader: 'Chargeur automatique, kratom-widgets-loader.js (recommandé)',
  scriptLoaderNote:
    'Un petit fichier qui ne télécharge que le code des éléments présents sur votre page. Son empreinte d’intégrité ne protège que ce fichier : le code qu’il importe ensuite (dossier auto/) et les données qu’il télécharge (chunks/) sont des fichiers distincts, sans vérification d’empreinte.',
  scriptSingle: 'Fichier unique, kratom-widgets.js',
  scriptSingleNote:
    'Le code de tous les éléments en un seul fichier, entièrement protégé par l’empreinte d’intégrité. Les données et traductions qu’il télécharge au besoin (dossier chunks/) sont des fichiers distincts, sans vérification d’empreinte.',
  baseLabel: 'Emplacement de votre copie de dist/cdn',
  baseHelp:
    'Par défaut, cette version du paquet sur jsDelivr. Si vous avez copié le dossier dist/cdn sur votre propre site, entrez son adresse.',
  baseInvalid: 'Entrez une adresse qui commence par https:// (ou par / pour un dossier de votre site).',
  prerender: 'Version prérendue de secours',
  prerenderNote:
    'Place le HTML dessiné de l’élément (DOM fantôme déclaratif) dans sa balise : il se lit sans JavaScript et avant l’arrivée du script. Le code devient beaucoup plus long.',
  prerenderDev: 'Avec npm start, la version de secours est dessinée avec la version navigateur de Lit, sans la façon de faire du serveur (données lues d’emblée) : npm run build:demo donne la version à coller.',
  prerenderBusy: 'Rendu de la version de secours…',
  prerenderFailed: 'La version de secours n’a pas pu être rendue : {reason}',
  previewHeading: 'Aperçu',
  previewWidth: 'Largeur de l’aperçu',
  widthDesktop: 'Ordinateur (1024 px)',
  widthPhone: 'Téléphone (375 px)',
  previewTitle: 'Aperçu de {tag}, {width} px de large',
  previewBuilt: 'L’aperçu est une page simple qui contient votre code et charge les fichiers de cette version depuis {base}.',
  previewSources: 'Développement : l’aperçu exécute les modules sources de la bibliothèque, sans l’empreinte d’intégrité.',
  previewNoFiles: 'Les fichiers dist/cdn de cette version sont introuvables : pas d’aperçu. Lancez npm run build.',
  useSources: 'Prévisualiser les modules sources plutôt que dist/cdn (développement)',
  snippetHeading: 'Votre code',
  snippetLabel: 'Code à coller dans votre page',
  pasteHelp:
    'Collez-le là où votre site accepte du HTML : un bloc HTML personnalisé dans WordPress, une section Liquid personnalisé dans Shopify, un bloc Code dans Squarespace. La feuille de style et le script peuvent aussi aller dans l’en-tête de la page.',
  copy: 'Copier le code',
  copied: 'Copié',
  copyManual: 'Le code est sélectionné : appuyez sur Ctrl+C (⌘C sur un Mac) pour le copier.',
  leftOut: 'Exclu du code jusqu’à correction : {names}.',
  hashLocal: 'Empreinte d’intégrité de {file} tel que compilé pour la version {version}.',
  hashFromBase: 'Empreinte d’intégrité du fichier à {url}.',
  hashBaseUnreadable:
    '{url} n’a pas pu être lu depuis cette page : l’empreinte est celle du fichier de cette version ({version}). Vérifiez que votre copie est de la même version.',
  hashBaseDiffers: 'Le fichier à {url} n’est pas celui de cette version; l’empreinte est celle de votre fichier.',
  hashMissing: 'Aucune empreinte d’intégrité : {file} n’a pas pu être lu. Lancez npm run build, puis rechargez.',
  buildMismatch: 'Attention : {file} diffère de l’empreinte notée à la compilation de ce site.',
  errJurisdiction: '« {value} » n’est pas un code de territoire. Utilisez des codes comme US-TX ou CA-ON.',
  errToken: '« {value} » ne fait pas partie de : {allowed}.',
  errHeadingLevel: 'Entrez un nombre entier de 1 à 6.',
  errPositive: 'Entrez un nombre entier, 1 ou plus.',
  errDate: 'Entrez une date sous la forme AAAA-MM-JJ, AAAA-MM ou AAAA.',
  errHttps: 'Entrez une adresse qui commence par https://.',
  errQuote: 'Retirez les caractères < et >.',
  commentLanguage: 'L’élément suit la langue de votre page : <html lang="{lang}"> l’affiche en {language}.',
  commentPrerender: 'HTML prérendu dans la balise : lisible sans JavaScript.',
  languageEn: 'anglais',
  languageFr: 'français (Canada)',
  languageEs: 'espagnol (États-Unis)',
  skip: 'Aller aux réglages',
  groupFederal: 'Fédéral',
  groupUS: 'États-Unis',
  groupCA: 'Canada',
  hashOwnFolder: 'Empreinte d’intégrité de {file} tel que compilé pour la version {version} : copiez le dossier dist/cdn de cette version dans {base}.',
};

const es: Dictionary = {
  pageTitle: 'Generador de código: kratom-widgets',
  heading: 'Generador de código para insertar',
  intro:
    'Elija un elemento, configúrelo y copie el código para su sitio: WordPress, Shopify, Squarespace o HTML simple. Sin npm ni compilación.',
  demoLink: 'Todos los elementos en una página (demostración)',
  uiLanguage: 'Idioma de esta página',
  formName: 'Configuración del elemento',
  legendElement: '1. Elemento',
  elementLabel: 'Elemento para insertar',
  legendAttributes: '2. Atributos de {tag}',
  attributesHelp: 'Deje un campo como está para conservar el valor predeterminado; solo lo que cambie va en el código.',
  noAttributes: 'Este elemento no tiene otros atributos.',
  defaultIs: 'Predeterminado: {value}.',
  defaultOption: '{value} (predeterminado)',
  noneOption: 'Ninguno',
  ownGroupOption: 'Ninguna: describir su propia organización',
  chooseOption: 'Sin definir',
  legendLanguageTheme: '3. Idioma y tema',
  widgetLanguage: 'Idioma del elemento',
  langAdvice:
    'Los elementos hablan el idioma de la página en la que están. La etiqueta <html> de su página debe decir lang="{lang}"; WordPress, Shopify y Squarespace la fijan según el idioma del sitio.',
  theme: 'Tema',
  themeAuto: 'Automático: sigue la página',
  themeLight: 'Claro',
  themeDark: 'Oscuro',
  legendScript: '4. Script',
  scriptFile: 'Archivo de script',
  scriptLoader: 'Cargador automático, kratom-widgets-loader.js (recomendado)',
  scriptLoaderNote:
    'Un archivo pequeño que solo descarga el código de los elementos de su página. Su hash de integridad protege solo ese archivo: el código que importa después (carpeta auto/) y los datos que descarga (chunks/) son archivos aparte, sin verificación de hash.',
  scriptSingle: 'Archivo único, kratom-widgets.js',
  scriptSingleNote:
    'El código de todos los elementos en un archivo, protegido entero por el hash de integridad. Los datos y las traducciones que descarga cuando hacen falta (carpeta chunks/) son archivos aparte, sin verificación de hash.',
  baseLabel: 'Dónde está su copia de dist/cdn',
  baseHelp:
    'De forma predeterminada, esta versión del paquete en jsDelivr. Si copió la carpeta dist/cdn a su propio sitio, escriba su dirección.',
  baseInvalid: 'Escriba una dirección que empiece por https:// (o por / para una carpeta de su sitio).',
  prerender: 'Versión prerrenderizada de respaldo',
  prerenderNote:
    'Pone el HTML dibujado del elemento (DOM sombra declarativo) dentro de su etiqueta, para que se lea sin JavaScript y antes de que llegue el script. El código se hace mucho más largo.',
  prerenderDev: 'Con npm start, la versión de respaldo se dibuja con la versión de navegador de Lit, sin el modo del servidor (datos leídos de inmediato): npm run build:demo da la versión para pegar.',
  prerenderBusy: 'Renderizando la versión de respaldo…',
  prerenderFailed: 'No se pudo renderizar la versión de respaldo: {reason}',
  previewHeading: 'Vista previa',
  previewWidth: 'Ancho de la vista previa',
  widthDesktop: 'Computadora (1024 px)',
  widthPhone: 'Teléfono (375 px)',
  previewTitle: 'Vista previa de {tag}, {width} px de ancho',
  previewBuilt: 'La vista previa es una página simple con su código, que carga los archivos de esta versión desde {base}.',
  previewSources: 'Desarrollo: la vista previa ejecuta los módulos fuente de la biblioteca, sin el hash de integridad.',
  previewNoFiles: 'No se encontraron los archivos dist/cdn de esta versión: no hay vista previa. Ejecute npm run build.',
  useSources: 'Previsualizar los módulos fuente en lugar de dist/cdn (desarrollo)',
  snippetHeading: 'Su código',
  snippetLabel: 'Código para pegar en su página',
  pasteHelp:
    'Péguelo donde su sitio acepte HTML: un bloque HTML personalizado en WordPress, una sección Liquid personalizado en Shopify, un bloque de código en Squarespace. La hoja de estilos y el script también pueden ir en el encabezado de la página.',
  copy: 'Copiar el código',
  copied: 'Copiado',
  copyManual: 'El código está seleccionado: pulse Ctrl+C (⌘C en una Mac) para copiarlo.',
  leftOut: 'Fuera del código hasta que se corrija: {names}.',
  hashLocal: 'Hash de integridad de {file} tal como se compiló para la versión {version}.',
  hashFromBase: 'Hash de integridad del archivo en {url}.',
  hashBaseUnreadable:
    'No se pudo leer {url} desde esta página, así que el hash es el del archivo de esta versión ({version}). Compruebe que su copia sea de la misma versión.',
  hashBaseDiffers: 'El archivo en {url} no es el que produjo esta versión; el hash es el de su archivo.',
  hashMissing: 'Sin hash de integridad: no se pudo leer {file}. Ejecute npm run build y vuelva a cargar.',
  buildMismatch: 'Atención: {file} no coincide con el hash anotado al compilar este sitio.',
  errJurisdiction: '«{value}» no es un código de jurisdicción. Use códigos como US-TX o CA-ON.',
  errToken: '«{value}» no es uno de estos: {allowed}.',
  errHeadingLevel: 'Escriba un número entero del 1 al 6.',
  errPositive: 'Escriba un número entero, 1 o más.',
  errDate: 'Escriba una fecha como AAAA-MM-DD, AAAA-MM o AAAA.',
  errHttps: 'Escriba una dirección que empiece por https://.',
  errQuote: 'Quite los caracteres < y >.',
  commentLanguage: 'El elemento sigue el idioma de su página: <html lang="{lang}"> lo muestra en {language}.',
  commentPrerender: 'HTML prerrenderizado dentro de la etiqueta: se lee sin JavaScript.',
  languageEn: 'inglés',
  languageFr: 'francés (Canadá)',
  languageEs: 'español (EE. UU.)',
  skip: 'Ir a la configuración',
  groupFederal: 'Federal',
  groupUS: 'Estados Unidos',
  groupCA: 'Canadá',
  hashOwnFolder: 'Hash de integridad de {file} tal como se compiló para la versión {version}: copie la carpeta dist/cdn de esa versión en {base}.',
};

const DICTIONARIES: Record<UiLanguage, Dictionary> = { en, fr, es };

/** Names of the three languages in themselves, for the language pickers. */
export const LANGUAGE_NAMES: Record<UiLanguage, string> = {
  en: 'English',
  fr: 'Français (Canada)',
  es: 'Español (EE. UU.)',
};

/** `en`, `fr` or `es` for any language tag; English otherwise. */
export function toUiLanguage(tag: string | null | undefined): UiLanguage {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (UI_LANGUAGES as readonly string[]).includes(primary) ? (primary as UiLanguage) : 'en';
}

/** The message `key` in `language`, with `{name}` placeholders filled in. */
export function t(language: UiLanguage, key: MessageKey, values: Record<string, string | number> = {}): string {
  return DICTIONARIES[language][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
