Feature: Caller country
  Incoming international numbers are labelled by their country code: +1 North
  America, +33 France, +34 Spain, +44 United Kingdom, +49 Germany, +61
  Australia, +353 Ireland. Any other code is labelled "Other".

  Scenario Outline: labelling a call
    Given a call from "<number>"
    When the caller is labelled
    Then the label is "<label>"

    Examples:
      | number           | label          |
      | +44 161 496 0000 | United Kingdom |
      | +1 416 555 0199  | North America  |
      | +353 87 123 4567 | Ireland        |
      | +34612345678     | Spain          |
      | +46 8 123 456    | Other          |
      | +61 3 9000 1234  | Australia      |
