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
    'A small file that fetches only the code of the elements on your page. The integrity hash checks the loader file only. Nothing it fetches afterwards is checked: element code from auto/, data and more code from chunks/, and, on a page with many elements, kratom-widgets.js itself.',
  scriptSingle: 'Single file, kratom-widgets.js',
  scriptSingleNote:
    'The code of every element in one file, checked by the integrity hash. It is not all of the code, though: the files it fetches later go unchecked: the kratom-widgets-*.js files beside it (what the map needs after its first paint, the takeover of prerendered HTML) and those in chunks/, which besides data and translations hold code too (the map’s image download, reading a newer dataset).',
  baseLabel: 'Where your copy of dist/cdn is',
  baseHelp:
    'The default is this version of the package on jsDelivr. If you copied the dist/cdn folder to your own site, enter its address.',
  baseInvalid:
    'Enter a folder address that starts with https:// (http:// for localhost only), or a path on your own site that starts with /, ./ or ../. Leave out ?, # and any user name or password.',
  prerender: 'Prerendered fallback',
  prerenderNote:
    'Puts the element’s drawn HTML (declarative shadow DOM) inside its tag, so it reads without JavaScript and before the script arrives. The code gets much longer.',
  prerenderDev: 'Under npm start the fallback is drawn with Lit’s browser build, which skips the server’s way of drawing (data read at once): npm run build:demo gives the fallback to paste.',
  prerenderBusy: 'Rendering the fallback…',
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
  hashLocal: 'Integrity hash of {file} as this build made it (version {version}).',
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
  hashOwnFolder:
    'Integrity hash of {file} as this build made it (version {version}): copy this build’s dist/cdn folder to {base} and the hash matches.',
  hashPublished:
    'jsDelivr serves the files published to npm for version {version}, not this build: the hash is right only if those files are byte for byte the same as this build’s. Hosting this build’s own dist/cdn folder yourself always matches.',
  hashBaseNotRead:
    'The builder reads files only from this site or from a full host name (such as cdn.example.com), so {url} was not read; the hash is of this build’s file (version {version}).',
  hashWaiting: '{url} is read once you stop typing; until then the hash is of this build’s file.',
  previewPageTitle: 'Preview of {tag}',
  manifestMissing:
    'The builder could not load custom-elements.json from {url}. That file lists the elements and their attributes, so there is nothing to set up without it. Run npm run build (or npm start), then reload this page.',
  prerenderFailedStart: 'The fallback could not be made: the renderer did not start. Reload the page to try again.',
  prerenderFailedTimeout:
    'The fallback could not be made: the renderer gave no answer within {seconds} seconds. Change a setting or reload the page to try again.',
  prerenderFailedRender:
    'The fallback could not be made: the renderer could not draw this element with these settings. The code above holds the element without it.',
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
    'Un petit fichier qui ne télécharge que le code des éléments présents sur votre page. L’empreinte d’intégrité ne vérifie que ce fichier. Rien de ce qu’il télécharge ensuite n’est vérifié : le code des éléments (dossier auto/), les données et d’autre code (dossier chunks/) et, sur une page qui compte beaucoup d’éléments, kratom-widgets.js lui-même.',
  scriptSingle: 'Fichier unique, kratom-widgets.js',
  scriptSingleNote:
    'Le code de tous les éléments en un seul fichier, vérifié par l’empreinte d’intégrité. Ce n’est pas tout le code pour autant : les fichiers qu’il télécharge plus tard ne sont pas vérifiés : les fichiers kratom-widgets-*.js placés à côté (ce dont la carte a besoin après son premier affichage, la reprise du HTML prérendu) et ceux de chunks/, qui en plus des données et des traductions contiennent aussi du code (le téléchargement de l’image de la carte, la lecture d’un jeu de données plus récent).',
  baseLabel: 'Emplacement de votre copie de dist/cdn',
  baseHelp:
    'Par défaut, cette version du paquet sur jsDelivr. Si vous avez copié le dossier dist/cdn sur votre propre site, entrez son adresse.',
  baseInvalid:
    'Entrez l’adresse d’un dossier qui commence par https:// (http:// seulement pour localhost), ou un chemin de votre site qui commence par /, ./ ou ../. Sans ?, # ni nom d’utilisateur ou mot de passe.',
  prerender: 'Version prérendue de secours',
  prerenderNote:
    'Place le HTML dessiné de l’élément (DOM fantôme déclaratif) dans sa balise : il se lit sans JavaScript et avant l’arrivée du script. Le code devient beaucoup plus long.',
  prerenderDev: 'Avec npm start, la version de secours est dessinée avec la version navigateur de Lit, sans la façon de faire du serveur (données lues d’emblée) : npm run build:demo donne la version à coller.',
  prerenderBusy: 'Rendu de la version de secours…',
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
  hashLocal: 'Empreinte d’intégrité de {file} tel que cette compilation l’a produit (version {version}).',
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
  hashOwnFolder:
    'Empreinte d’intégrité de {file} tel que cette compilation l’a produit (version {version}) : copiez le dossier dist/cdn de cette compilation dans {base}, et l’empreinte correspondra.',
  hashPublished:
    'jsDelivr sert les fichiers publiés sur npm pour la version {version}, pas ceux de cette compilation : l’empreinte n’est juste que si ces fichiers sont identiques, octet pour octet, à ceux de cette compilation. Si vous hébergez vous-même le dossier dist/cdn de cette compilation, elle l’est toujours.',
  hashBaseNotRead:
    'Le générateur ne lit des fichiers que sur ce site ou sur un nom d’hôte complet (comme cdn.example.com) : {url} n’a pas été lu, et l’empreinte est celle du fichier de cette compilation (version {version}).',
  hashWaiting:
    '{url} sera lu quand vous aurez fini de taper; d’ici là, l’empreinte est celle du fichier de cette compilation.',
  previewPageTitle: 'Aperçu de {tag}',
  manifestMissing:
    'Le générateur n’a pas pu charger custom-elements.json depuis {url}. Ce fichier décrit les éléments et leurs attributs : sans lui, il n’y a rien à régler. Lancez npm run build (ou npm start), puis rechargez la page.',
  prerenderFailedStart:
    'La version de secours n’a pas pu être produite : le moteur de rendu n’a pas démarré. Rechargez la page pour réessayer.',
  prerenderFailedTimeout:
    'La version de secours n’a pas pu être produite : le moteur de rendu n’a pas répondu en {seconds} secondes. Changez un réglage ou rechargez la page pour réessayer.',
  prerenderFailedRender:
    'La version de secours n’a pas pu être produite : le moteur de rendu n’a pas pu dessiner cet élément avec ces réglages. Le code ci-dessus contient l’élément sans elle.',
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
    'Un archivo pequeño que solo descarga el código de los elementos de su página. El hash de integridad verifica solo ese archivo. Nada de lo que descarga después se verifica: el código de los elementos (carpeta auto/), los datos y más código (carpeta chunks/) y, en una página con muchos elementos, el propio kratom-widgets.js.',
  scriptSingle: 'Archivo único, kratom-widgets.js',
  scriptSingleNote:
    'El código de todos los elementos en un archivo, verificado por el hash de integridad. Pero no es todo el código: los archivos que descarga después no se verifican: los archivos kratom-widgets-*.js que están a su lado (lo que el mapa necesita después de su primera visualización, la toma del HTML prerrenderizado) y los de chunks/, que además de datos y traducciones también contienen código (la descarga de la imagen del mapa, la lectura de un conjunto de datos más reciente).',
  baseLabel: 'Dónde está su copia de dist/cdn',
  baseHelp:
    'De forma predeterminada, esta versión del paquete en jsDelivr. Si copió la carpeta dist/cdn a su propio sitio, escriba su dirección.',
  baseInvalid:
    'Escriba la dirección de una carpeta que empiece por https:// (http:// solo para localhost), o una ruta de su sitio que empiece por /, ./ o ../. Sin ?, # ni nombre de usuario o contraseña.',
  prerender: 'Versión prerrenderizada de respaldo',
  prerenderNote:
    'Pone el HTML dibujado del elemento (DOM sombra declarativo) dentro de su etiqueta, para que se lea sin JavaScript y antes de que llegue el script. El código se hace mucho más largo.',
  prerenderDev: 'Con npm start, la versión de respaldo se dibuja con la versión de navegador de Lit, sin el modo del servidor (datos leídos de inmediato): npm run build:demo da la versión para pegar.',
  prerenderBusy: 'Renderizando la versión de respaldo…',
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
  hashLocal: 'Hash de integridad de {file} tal como lo produjo esta compilación (versión {version}).',
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
  hashOwnFolder:
    'Hash de integridad de {file} tal como lo produjo esta compilación (versión {version}): copie la carpeta dist/cdn de esta compilación en {base} y el hash coincidirá.',
  hashPublished:
    'jsDelivr sirve los archivos publicados en npm para la versión {version}, no los de esta compilación: el hash solo es correcto si esos archivos son idénticos, byte por byte, a los de esta compilación. Si aloja usted mismo la carpeta dist/cdn de esta compilación, siempre coincide.',
  hashBaseNotRead:
    'El generador solo lee archivos de este sitio o de un nombre de host completo (como cdn.example.com), así que no leyó {url}; el hash es el del archivo de esta compilación (versión {version}).',
  hashWaiting:
    '{url} se leerá cuando termine de escribir; mientras tanto, el hash es el del archivo de esta compilación.',
  previewPageTitle: 'Vista previa de {tag}',
  manifestMissing:
    'El generador no pudo cargar custom-elements.json desde {url}. Ese archivo describe los elementos y sus atributos: sin él no hay nada que configurar. Ejecute npm run build (o npm start) y vuelva a cargar la página.',
  prerenderFailedStart:
    'No se pudo crear la versión de respaldo: el renderizador no arrancó. Vuelva a cargar la página para intentarlo de nuevo.',
  prerenderFailedTimeout:
    'No se pudo crear la versión de respaldo: el renderizador no respondió en {seconds} segundos. Cambie una opción o vuelva a cargar la página para intentarlo de nuevo.',
  prerenderFailedRender:
    'No se pudo crear la versión de respaldo: el renderizador no pudo dibujar este elemento con estas opciones. El código de arriba tiene el elemento sin ella.',
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
