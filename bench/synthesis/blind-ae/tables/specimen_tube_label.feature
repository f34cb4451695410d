Feature: Specimen tube labels
  Each tube gets the first three letters of the surname in capitals, a dash, the first
  letter of the first name, a dash and the sample number with leading zeros to four figures.
  A surname shorter than three letters is filled up with X.

  Scenario Outline: labelling a sample tube
    Given the patient's first name is "<first>"
    And the patient's surname is "<surname>"
    And the sample number is <number>
    When the tube is labelled
    Then the label reads "<label>"

    Examples:
      | first | surname | number | label      |
      | Chidi | Okafor  | 42     | OKA-C-0042 |
      | Mei   | Ng      | 7      | NGX-M-0007 |
      | Anna  | Li      | 1234   | LIX-A-1234 |
      | Liam  | Walsh   | 300    | WAL-L-0300 |
      | Ruth  | Bell    | 9      | BEL-R-0009 |
      | Yusuf | Ali     | 58     | ALI-Y-0058 |
      | Olga  | Petrova | 1001   | PET-O-1001 |
      | Ben   | Fox     | 6      | FOX-B-0006 |
      | Ivy   | Wu      | 80     | WUX-I-0080 |
