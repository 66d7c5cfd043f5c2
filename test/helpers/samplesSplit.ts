/** The samples split in two: a kept graph of three pages, then a fourth page as the day's listing. */
export const KEPT = [
  "data/samples/000_7dca4d9b637ec388.txt",
  "data/samples/001_d5c30b527c2c2899.txt",
  "data/samples/002_970a2bdfedbc252e.txt",
];
export const NEXT_DAY = ["data/samples/003_4eab77fffd4a2170.txt"];
