// Organization admin with the admin key, with only the import changed.
import OpenAI from '@org/openai';

const client = new OpenAI({ adminAPIKey: process.env.OPENAI_ADMIN_KEY });

for await (const project of client.admin.organization.projects.list()) {
  console.log(project.name);
}
