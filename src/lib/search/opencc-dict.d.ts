/** OpenCC's dictionaries as opencc-js ships them: "key value value|key value|…". */
declare module 'opencc-js/dict/*' {
  const dict: string;
  export default dict;
}
