// Fictional but plausible names. Habesha names are patronymic (given name, father's given name,
// grandfather's given name; no family surname), and each name has several Latin spellings
// (Tesfay/Tesfaye/Tesfai). Combinations are drawn at random from common given names, so a
// generated full name is not meant to be, and should not be taken for, any real person.
import type { Rng } from "./rng.js";

/** Each entry: the spellings of one name, the first being the "canonical" one. */
const HABESHA_MALE: string[][] = [
  ["Tesfay", "Tesfaye", "Tesfai"], ["Ghebremedhin", "Gebremedhin", "Gebremedin"], ["Berhane", "Berhan", "Birhane"],
  ["Yohannes", "Yohanes", "Yohannis"], ["Mehari", "Mehary"], ["Kidane", "Kidan"], ["Haile", "Hayle"],
  ["Filmon", "Philemon"], ["Merhawi", "Mirhawi"], ["Yonas", "Jonas"], ["Dawit", "Dawid"], ["Semere", "Semre"],
  ["Amanuel", "Emmanuel", "Amanual"], ["Habtom", "Habtu"], ["Tekle", "Teklay", "Tekleh"], ["Girmay", "Girmai", "Girma"],
  ["Ghebreyesus", "Gebreyesus", "Gebreiyesus"], ["Woldemichael", "Weldemichael", "Woldemikael"], ["Asmerom", "Asmarom"],
  ["Negassi", "Negasi"], ["Mussie", "Musie"], ["Abraham", "Abrham"], ["Samuel", "Samuél"], ["Tewelde", "Teweldé"],
  ["Fitsum", "Fitsom"], ["Biniam", "Biniyam", "Binyam"], ["Henok", "Enoch"], ["Solomon", "Selomon"],
  ["Ghirmay", "Girmay"], ["Araya", "Araia"],
];
const HABESHA_FEMALE: string[][] = [
  ["Selam", "Salam"], ["Helen", "Hellen"], ["Senait", "Senayt"], ["Mebrat", "Mebrahtu"], ["Tsega", "Tsige"],
  ["Almaz", "Almas"], ["Saba", "Sabah"], ["Luwam", "Luam"], ["Rahel", "Rachel"], ["Feven", "Fiven"],
  ["Hiwet", "Hiwot"], ["Mihret", "Mehret"], ["Yordanos", "Yordanose"], ["Tirhas", "Terhas"], ["Winta", "Wintana"],
];
const ARABIC_GIVEN: string[][] = [
  ["Mohammed", "Mohamed", "Muhammad"], ["Ahmed", "Ahmad"], ["Abdelrahman", "Abdulrahman", "Abdel Rahman"],
  ["Ibrahim", "Ebrahim"], ["Osman", "Othman", "Usman"], ["Yousef", "Yusuf", "Youssef"], ["Khalid", "Khaled"],
  ["Omar", "Umar"], ["Hassan", "Hasan"], ["Idris", "Idriss"], ["Salah", "Salih"], ["Adam", "Adem"],
];
const ARABIC_FAMILY: string[][] = [
  ["Abdalla", "Abdallah"], ["Elnur", "El Nour"], ["Mahgoub", "Mahjoub"], ["Osman", "Othman"], ["Siddig", "Seddik"],
  ["Bashir", "Basheer"], ["Hamid", "Hamed"], ["Suleiman", "Sulayman"],
];
const NICKNAMES = ["Walid", "Abu Sara", "Kidus", "Wedi Tekle", "Abu Omar", "Welid", "Haji", "Shifta", "Doctor", "Kuku"];
const KENYAN_GIVEN = ["Ian", "Brian", "Kevin", "Faith", "Mercy", "Grace", "Dennis", "Collins", "Joyce", "Purity", "Evans", "Caroline", "Victor", "Lilian"];
const KENYAN_FAMILY = ["Maina", "Otieno", "Wanjiru", "Achieng", "Mwangi", "Njoroge", "Ochieng", "Wambui", "Kiprono", "Chebet", "Kamau", "Odhiambo", "Mutua", "Wekesa"];
const UGANDAN = ["Okello", "Namubiru", "Ssemakula", "Nakato", "Mugisha", "Atuhaire", "Kato", "Nabirye"];

export interface Name {
  /** How the person writes it. */
  full: string;
  /** The canonical spelling of each part (so the answer key can say who is who). */
  parts: string[];
}

function spell(rng: Rng, name: string[], variantRate: number): string {
  return rng.chance(variantRate) ? rng.pick(name) : name[0]!;
}

/** A Habesha three-part name; variantRate is the chance each part uses another spelling. */
export function habeshaName(rng: Rng, female = false, variantRate = 0.3): Name {
  const given = rng.pick(female ? HABESHA_FEMALE : HABESHA_MALE);
  const father = rng.pick(HABESHA_MALE);
  let grand = rng.pick(HABESHA_MALE);
  if (grand === father) grand = rng.pick(HABESHA_MALE);
  const picked = [given, father, grand];
  return { full: picked.map((n) => spell(rng, n, variantRate)).join(" "), parts: picked.map((n) => n[0]!) };
}

export function arabicName(rng: Rng): Name {
  const picked = [rng.pick(ARABIC_GIVEN), rng.pick(ARABIC_GIVEN), rng.pick(ARABIC_FAMILY)];
  return { full: picked.map((n) => spell(rng, n, 0.3)).join(" "), parts: picked.map((n) => n[0]!) };
}

export function nickname(rng: Rng): string {
  return rng.pick(NICKNAMES);
}

export function kenyanName(rng: Rng): Name {
  const parts = [rng.pick(KENYAN_GIVEN), rng.pick(KENYAN_FAMILY)];
  return { full: parts.join(" "), parts };
}

export function ugandanName(rng: Rng): Name {
  const parts = [rng.pick(KENYAN_GIVEN), rng.pick(UGANDAN)];
  return { full: parts.join(" "), parts };
}

/** Every Latin spelling the generator knows of one name part ("Tesfaye" → Tesfay, Tesfaye, Tesfai). */
export function nameSpellings(part: string): string[] {
  const all = [...HABESHA_MALE, ...HABESHA_FEMALE, ...ARABIC_GIVEN, ...ARABIC_FAMILY];
  const found = all.filter((s) => s.some((x) => x.toLowerCase() === part.toLowerCase())).flat();
  return [...new Set([part, ...found])];
}

/** The same person's name as someone else writes it: another spelling, or father's name dropped. */
export function nameVariant(rng: Rng, name: Name): string {
  const all = [...HABESHA_MALE, ...HABESHA_FEMALE, ...ARABIC_GIVEN, ...ARABIC_FAMILY];
  const parts = name.parts.map((p) => {
    const spellings = all.find((s) => s[0] === p);
    return spellings && rng.chance(0.6) ? rng.pick(spellings) : p;
  });
  if (parts.length === 3 && rng.chance(0.3)) parts.pop();
  return rng.chance(0.2) ? parts.join(" ").toUpperCase() : parts.join(" ");
}
