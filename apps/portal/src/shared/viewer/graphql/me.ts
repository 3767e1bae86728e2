import { graphql } from '../../graphql/generated';

export const Me = graphql(`
  query Me {
    me {
      user {
        id
        name
        email
        locale
      }
      membership {
        id
        role
        tenant {
          id
          name
          locale
          timeZone
        }
        partner {
          id
          name
        }
      }
    }
  }
`);

export const UpdateMySettings = graphql(`
  mutation UpdateMySettings($input: UpdateMySettingsInput!) {
    updateMySettings(input: $input) {
      id
      locale
    }
  }
`);
